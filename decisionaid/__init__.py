"""Decision aid for a painful spinal compression fracture: conservative care, vertebroplasty or kyphoplasty."""

__version__ = "0.1.0"
APP_NAME = "Decision aid"
ORG_NAME = "DecisionAid"
