// Draws the API reference from the OpenAPI document: no framework, no network beyond this origin.
"use strict";

(function () {
  const METHODS = ["get", "post", "put", "patch", "delete"];
  const KEY_STORE = "bpo-api-key";
  let spec = null;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // Backtick spans become <code>, blank lines paragraphs; everything else stays plain text.
  function prose(text) {
    return (text || "").split(/\n\s*\n/).filter((p) => p.trim()).map((para) =>
      el("p", {}, para.split(/(`[^`]+`)/).map((part) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 1
          ? el("code", {}, part.slice(1, -1)) : part)));
  }

  function resolve(schema, seen) {
    let depth = 0;
    while (schema && schema.$ref && depth < 20) {
      const path = schema.$ref.replace(/^#\//, "").split("/");
      seen.add(schema.$ref);
      schema = path.reduce((node, key) => (node ? node[key] : undefined), spec);
      depth += 1;
    }
    return schema || {};
  }

  function typeOf(schema) {
    const type = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type;
    if (type === "array") return `array of ${typeOf(resolve(schema.items || {}, new Set()))}`;
    if (schema.oneOf) return "one of";
    return type || (schema.properties ? "object" : "any");
  }

  function constraints(schema) {
    const out = [];
    if (schema.enum) out.push(`one of: ${schema.enum.filter((v) => v !== null).join(", ")}`);
    for (const key of ["minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"]) {
      if (schema[key] !== undefined) out.push(`${key} ${schema[key]}`);
    }
    if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
    if (schema.pattern) out.push(`pattern ${schema.pattern}`);
    return out.length ? ` (${out.join("; ")})` : "";
  }

  function schemaTree(schema, depth, seen) {
    const refs = new Set(seen);
    schema = resolve(schema, refs);
    if (depth > 6) return el("span", { class: "desc" }, " …");
    if (schema.type === "array" || schema.items) return schemaTree(schema.items || {}, depth, refs);
    if (schema.oneOf) {
      return el("ul", { class: "schema" }, schema.oneOf.map((option) =>
        el("li", {}, el("span", { class: "type" }, typeOf(resolve(option, new Set()))),
          schemaTree(option, depth + 1, refs))));
    }
    const props = schema.properties || {};
    if (!Object.keys(props).length) return null;
    const required = new Set(schema.required || []);
    return el("ul", { class: "schema" }, Object.entries(props).map(([name, prop]) => {
      const nested = resolve(prop, new Set());
      return el("li", {},
        el("span", { class: "name" }, name), " ",
        el("span", { class: "type" }, typeOf(nested)),
        required.has(name) ? el("span", { class: "req" }, " required") : null,
        el("span", { class: "desc" }, constraints(nested),
          nested.description ? ` — ${nested.description}` : ""),
        schemaTree(prop, depth + 1, refs));
    }));
  }

  // A small valid-looking example body from the schema, to start "Try it" from.
  function example(schema, depth) {
    schema = resolve(schema, new Set());
    if (depth > 5) return null;
    if (schema.example !== undefined) return schema.example;
    if (schema.oneOf) return example(schema.oneOf[0], depth + 1);
    if (schema.enum) return schema.enum.find((v) => v !== null);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
    if (type === "array" || schema.items) return [example(schema.items || {}, depth + 1)];
    if (type === "object" || schema.properties) {
      const required = schema.required || [];
      const out = {};
      for (const name of required) out[name] = example(schema.properties[name], depth + 1);
      return out;
    }
    if (type === "integer" || type === "number") return schema.minimum ?? 1;
    if (type === "boolean") return false;
    return "Run payroll";
  }

  function parametersTable(params) {
    if (!params.length) return null;
    return el("table", {},
      el("tr", {}, el("th", {}, "name"), el("th", {}, "in"), el("th", {}, "type"),
        el("th", {}, "description")),
      params.map((p) => {
        const schema = resolve(p.schema || {}, new Set());
        return el("tr", {},
          el("td", {}, el("span", { class: "name" }, p.name),
            p.required ? el("span", { class: "req" }, " required") : null),
          el("td", {}, p.in),
          el("td", {}, typeOf(schema), constraints(schema)),
          el("td", {}, p.description || schema.description || ""));
      }));
  }

  function responsesList(responses) {
    return el("ul", { class: "schema" }, Object.entries(responses || {}).map(([code, raw]) => {
      const response = resolve(raw, new Set());
      const [type, media] = Object.entries(response.content || {})[0] || [];
      return el("li", {}, el("span", { class: "name" }, code), " ",
        el("span", { class: "desc" }, response.description || ""),
        type ? el("span", { class: "type" }, ` ${type}`) : null,
        media && media.schema && code.startsWith("2") ? schemaTree(media.schema, 0, new Set()) : null);
    }));
  }

  function tryIt(path, method, op, params) {
    const inputs = params.filter((p) => p.in === "path" || p.in === "query").map((p) => {
      const input = el("input", { name: p.name, placeholder: p.required ? "required" : "" });
      return { param: p, input, row: el("label", {}, `${p.name} (${p.in}) `, input) };
    });
    const body = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
    const textarea = body
      ? el("textarea", {}, JSON.stringify(example(body.schema, 0), null, 2)) : null;
    const output = el("pre", { hidden: true });
    const button = el("button", { type: "button" }, "Send");
    button.addEventListener("click", async () => {
      let url = path;
      const query = new URLSearchParams();
      for (const { param, input } of inputs) {
        if (!input.value) continue;
        if (param.in === "path") url = url.replace(`{${param.name}}`, encodeURIComponent(input.value));
        else query.append(param.name, input.value);
      }
      if (query.toString()) url += `?${query}`;
      const headers = { Accept: "application/json" };
      const key = document.getElementById("api-key").value.trim();
      if (key) headers.Authorization = `Bearer ${key}`;
      const init = { method: method.toUpperCase(), headers };
      if (textarea) { headers["Content-Type"] = "application/json"; init.body = textarea.value; }
      output.hidden = false;
      output.textContent = `${init.method} ${url} …`;
      try {
        const response = await fetch(url, init);
        const text = await response.text();
        let shown = text;
        try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON */ }
        const picked = ["content-type", "location", "link", "retry-after", "x-request-id"]
          .filter((h) => response.headers.get(h))
          .map((h) => `${h}: ${response.headers.get(h)}`);
        output.textContent = [`${response.status} ${response.statusText}`, ...picked, "", shown].join("\n");
      } catch (error) {
        output.textContent = `Request failed: ${error}`;
      }
    });
    return el("div", { class: "try" }, el("h4", {}, "Try it"), inputs.map((i) => i.row),
      textarea ? [el("label", {}, "JSON body"), textarea] : null, button, output);
  }

  function operation(path, method, op, shared) {
    const params = [...shared, ...(op.parameters || [])].map((p) => resolve(p, new Set()));
    const body = op.requestBody && resolve(op.requestBody, new Set());
    const media = body && body.content && Object.values(body.content)[0];
    return el("details", { class: "op", id: `${method}-${path}` },
      el("summary", {}, el("span", { class: `method ${method}` }, method),
        el("span", { class: "path" }, path), el("span", { class: "summary" }, op.summary || "")),
      el("div", { class: "op-body" },
        prose(op.description),
        params.length ? [el("h4", {}, "Parameters"), parametersTable(params)] : null,
        media ? [el("h4", {}, "Request body (JSON)"), schemaTree(media.schema, 0, new Set())] : null,
        el("h4", {}, "Responses"), responsesList(op.responses),
        tryIt(path, method, op, params)));
  }

  function render() {
    const main = document.getElementById("docs");
    const info = spec.info || {};
    document.getElementById("title").textContent = `${info.title || "API"} ${info.version || ""}`;
    const groups = new Map();
    for (const [path, item] of Object.entries(spec.paths || {})) {
      for (const method of METHODS) {
        if (!item[method]) continue;
        const tag = (item[method].tags || ["other"])[0];
        if (!groups.has(tag)) groups.set(tag, []);
        groups.get(tag).push(operation(path, method, item[method], item.parameters || []));
      }
    }
    const tags = new Map((spec.tags || []).map((t) => [t.name, t.description]));
    main.replaceChildren(...[el("section", { class: "intro" }, prose(info.description)),
      [...groups].map(([tag, ops]) => [
        el("h2", { class: "tag", id: `tag-${tag}` }, tag),
        tags.get(tag) ? el("p", { class: "tag-desc" }, tags.get(tag)) : null,
        ops])].flat(Infinity).filter(Boolean));
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const keyInput = document.getElementById("api-key");
    keyInput.value = sessionStorage.getItem(KEY_STORE) || "";
    keyInput.addEventListener("input", () => sessionStorage.setItem(KEY_STORE, keyInput.value));
    document.getElementById("key-form").addEventListener("submit", (e) => e.preventDefault());
    const main = document.getElementById("docs");
    try {
      const response = await fetch(main.dataset.specUrl, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      spec = await response.json();
      render();
    } catch (error) {
      document.getElementById("status").textContent = `Could not load the OpenAPI document: ${error}`;
      document.getElementById("status").className = "error";
    }
  });
})();
