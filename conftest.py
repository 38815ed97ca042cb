"""Loaded before Django settings: tests run background tasks immediately, in-process."""
import os

os.environ["PHONGTRAO_TASKS"] = "immediate"
