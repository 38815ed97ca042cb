"""JSON lines for backups (`dumpdata --format backup`): Django's, but times keep their microseconds.

Django's JSON encoder cuts datetimes to milliseconds, so a restored audit trail would not be the one saved. Files in
this format are read back by Django's own `jsonl` deserializer.
"""
import datetime

from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime.datetime, datetime.time)):
            return o.isoformat()
        return super().default(o)


class Serializer(jsonl.Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = ExactJSONEncoder


Deserializer = jsonl.Deserializer
