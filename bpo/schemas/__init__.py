"""Marshmallow schemas of the pages and the API, grouped by what they describe.

- `requests`: what people and API callers send: tasks, company, analysis and classify requests;
- `results`: what comes back: classifications and analyses;
- `providers`: a provider as the API reads and writes it, built on the catalog's own schema;
- `api`: shapes only the JSON API has (problems, pages, feedback, queries, model info) and the
  JSON-strict request bodies it parses;
- `fields`, `messages`, `openapi`: the parts they are made of: JSON-only fields, error messages
  flattened to field paths, constraints written into the OpenAPI document.

Import a schema from its module. This file imports nothing, so Flask-free code (the sourcing
domain) can use `bpo.schemas.messages` without loading the rest.
"""
