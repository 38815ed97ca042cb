"""OpenAPI schema additions: the error answers every operation may give, documented once for the whole API."""

ERROR_SCHEMA = {
    "type": "object",
    "description": "`{\"detail\": \"…\"}`, or for invalid input `{\"field\": [\"message\", …]}` (messages in the "
                   "user's language).",
    "properties": {"detail": {"type": "string"}},
    "additionalProperties": True,
}
ERRORS = {
    "400": "Invalid input (body, filters or query parameters).",
    "401": "Not signed in (no session, no valid token).",
    "403": "The role does not grant this action.",
    "404": "No such object inside your jurisdiction, or no such page.",
}
BODY_ERRORS = {"415": "The request body is not JSON, a form or multipart."}
WRITE_ERRORS = {"409": "Changed by someone else meanwhile (send the current `version`), or still referenced "
                       "by other rows (cannot be deleted)."}


def add_error_responses(result, generator, request, public):
    """drf-spectacular post-processing hook: add the shared error responses where an operation lacks them."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            errors = {**ERRORS, **(BODY_ERRORS if "requestBody" in operation else {}),
                      **(WRITE_ERRORS if method in ("put", "patch", "delete") else {})}
            responses = operation.setdefault("responses", {})
            for status, description in errors.items():
                responses.setdefault(status, {"description": description, "content": reference})
    return result
