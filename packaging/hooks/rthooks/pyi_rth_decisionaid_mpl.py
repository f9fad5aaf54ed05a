# Run-time hook of the decisionaid bundle for matplotlib, in place of PyInstaller's pyi_rth_mplconfig (which gives
# matplotlib a new, empty temporary folder on every run, so every start that draws a chart rebuilds the font cache).
#
# The bundle ships a font cache made at build time for the fonts it ships: matplotlib-cache/fontlist-*.json, with
# paths relative to mpl-data, so it is right wherever the bundle is installed. matplotlib takes only a cache folder
# it may write to, and an installed bundle is read-only; so its own matplotlibrc is named (MATPLOTLIBRC), which
# lets matplotlib import without asking for a config folder, and as soon as matplotlib is imported its
# get_cachedir() and get_configdir() answer the bundled folder. Nothing is written and nothing is rebuilt.


def _pyi_rthook():
    import os
    import sys

    cache = os.path.join(sys._MEIPASS, "matplotlib-cache")
    if not os.path.isdir(cache):
        return
    os.environ["MPLCONFIGDIR"] = cache
    os.environ["MATPLOTLIBRC"] = os.path.join(sys._MEIPASS, "matplotlib", "mpl-data", "matplotlibrc")

    class AfterImport:
        def find_spec(self, name, path=None, target=None):
            if name != "matplotlib":
                return None
            sys.meta_path.remove(self)
            from importlib.util import find_spec
            spec = find_spec(name)
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                if module.__name__ == "matplotlib":
                    module.get_cachedir = module.get_configdir = lambda: cache
            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, AfterImport())


_pyi_rthook()
del _pyi_rthook
