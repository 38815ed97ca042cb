"""`{% mentioned_in model_type %}`: the documents naming a model type, for its page."""
from django import template

from ..selectors import documents_mentioning

register = template.Library()


@register.inclusion_tag("intake/inc/mentioned_in.html", takes_context=True)
def mentioned_in(context, model_type):
    request = context.get("request")
    user = getattr(request, "user", None)
    documents = documents_mentioning(model_type, user) if user is not None else []
    return {"documents": documents, "model_type": model_type}
