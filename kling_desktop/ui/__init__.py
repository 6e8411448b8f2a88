"""Widgets: the main window, the queue panel, and (to come) the forms and the history."""
