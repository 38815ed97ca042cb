"""`{% render_block template values %}`: a registered panel or widget, rendered inside the current page."""
from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def render_block(context, template_name, values):
    with context.push(**values):
        return context.template.engine.get_template(template_name).render(context)
