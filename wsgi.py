"""WSGI entry point for gunicorn and the flask CLI."""

from bpo import create_app

app = create_app()
