"""Widgets: the main window and its panels (history, viewer, details, forms, queue), the
connection and settings dialogs. Nothing here talks to the network or blocks: it asks the
job engine and reads the history."""
