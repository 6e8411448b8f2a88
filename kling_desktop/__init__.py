"""Kling Desktop: make images and videos with Kling AI from a desktop app."""

__version__ = "0.1.0"
