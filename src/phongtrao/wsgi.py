"""WSGI entry point (gunicorn phongtrao.wsgi)."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "phongtrao.settings")
application = get_wsgi_application()
