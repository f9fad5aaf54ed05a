"""Start the decision aid: the same program as ``python -m decisionaid`` and the ``decisionaid`` script."""
import sys

from decisionaid.app import main

if __name__ == "__main__":
    sys.exit(main())
