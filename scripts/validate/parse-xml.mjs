// A small XML parser, enough for an add-in manifest: elements, attributes, text, comments, CDATA and
// namespaces. It exists so `npm run validate` needs nothing beyond Node; xmllint, when present, still
// gets the last word on well-formedness and the schema.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NAME = /[A-Za-z_][\w.:-]*/y;
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export class XmlError extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
}

/**
 * Parses `source` into a tree of { name, local, ns, attributes, children, text, line, parent }.
 * `attributes` maps each attribute as written ("xsi:type") to its value. Throws XmlError.
 */
export function parseXml(source) {
  const reader = createReader(source);
  let root = null;
  const stack = [];
  const scopes = [{ xml: XML_NS }];

  while (!reader.done()) {
    if (reader.skip("<?")) reader.until("?>", "processing instruction");
    else if (reader.skip("<!--")) reader.until("-->", "comment");
    else if (reader.skip("<![CDATA[")) appendText(stack, reader.until("]]>", "CDATA section"), reader);
    else if (reader.skip("<!")) throw reader.error("DOCTYPE and other declarations are not allowed in a manifest");
    else if (reader.skip("</")) closeElement(reader, stack, scopes);
    else if (reader.peek() === "<") {
      reader.skip("<");
      const element = openElement(reader, stack, scopes);
      if (!root) root = element;
      else if (stack.length === 0) throw reader.error(`second root element <${element.name}>`);
      else stack.at(-1).children.push(element);
      if (element.open) stack.push(element);
      else scopes.pop();
      delete element.open;
    } else appendText(stack, decode(reader.until("<", "text", true), reader), reader);
  }

  if (stack.length > 0) throw reader.error(`<${stack.at(-1).name}> is never closed`);
  if (!root) throw reader.error("no root element");
  return root;
}

function openElement(reader, stack, scopes) {
  const line = reader.line();
  const name = reader.name("element name");
  const attributes = {};
  for (;;) {
    reader.spaces();
    if (reader.done()) throw reader.error(`the tag <${name}> is never finished`);
    if (reader.skip("/>") || reader.skip(">")) break;
    const attribute = reader.name("attribute name");
    reader.spaces();
    if (!reader.skip("=")) throw reader.error(`attribute ${attribute} has no value`);
    reader.spaces();
    const quote = reader.peek();
    if (quote !== '"' && quote !== "'") throw reader.error(`attribute ${attribute} is not quoted`);
    reader.skip(quote);
    if (attribute in attributes) throw reader.error(`attribute ${attribute} appears twice on <${name}>`);
    attributes[attribute] = decode(reader.until(quote, "attribute value"), reader);
  }
  const selfClosing = reader.source.slice(reader.pos - 2, reader.pos) === "/>";

  const scope = Object.create(scopes.at(-1));
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "xmlns") scope[""] = value;
    else if (key.startsWith("xmlns:")) scope[key.slice(6)] = value;
  }
  scopes.push(scope);
  const [prefix, local] = name.includes(":") ? name.split(":", 2) : ["", name];
  const ns = scope[prefix];
  if (prefix && ns === undefined) throw new XmlError(`prefix "${prefix}" of <${name}> is not declared`, line);

  const parent = stack.at(-1) ?? null;
  return { name, local, ns: ns ?? "", attributes, children: [], text: "", line, parent, scope, open: !selfClosing };
}

function closeElement(reader, stack, scopes) {
  const name = reader.name("closing tag name");
  reader.spaces();
  if (!reader.skip(">")) throw reader.error(`closing tag </${name}> is not finished`);
  const open = stack.pop();
  if (!open) throw reader.error(`closing tag </${name}> has no opening tag`);
  if (open.name !== name) throw reader.error(`</${name}> closes <${open.name}> from line ${open.line}`);
  scopes.pop();
}

function appendText(stack, text, reader) {
  if (stack.length > 0) stack.at(-1).text += text;
  else if (text.trim() !== "") throw reader.error("text outside the root element");
}

function decode(raw, reader) {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);|&/g, (match, entity) => {
    if (!entity) throw reader.error("a bare & must be written &amp;");
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    if (entity in ENTITIES) return ENTITIES[entity];
    throw reader.error(`unknown entity &${entity};`);
  });
}

function createReader(source) {
  const reader = {
    source,
    pos: 0,
    done: () => reader.pos >= source.length,
    peek: () => source[reader.pos],
    line: () => source.slice(0, reader.pos).split("\n").length,
    error: (message) => new XmlError(message, reader.line()),
    skip(token) {
      if (!source.startsWith(token, reader.pos)) return false;
      reader.pos += token.length;
      return true;
    },
    spaces() {
      while (/\s/.test(source[reader.pos] ?? "")) reader.pos++;
    },
    name(expected) {
      NAME.lastIndex = reader.pos;
      const match = NAME.exec(source);
      if (!match) throw reader.error(`expected ${expected}`);
      reader.pos += match[0].length;
      return match[0];
    },
    /** Returns the text up to `end` and moves past `end`. With `keepEnd` it stops before `end`, or at the end of the source. */
    until(end, construct, keepEnd = false) {
      const at = source.indexOf(end, reader.pos);
      if (at < 0 && !keepEnd) throw reader.error(`${construct} is never closed`);
      const stop = at < 0 ? source.length : at;
      const text = source.slice(reader.pos, stop);
      reader.pos = keepEnd ? stop : stop + end.length;
      return text;
    },
  };
  return reader;
}

/** Lists every element of the tree, depth first, root included. */
export function allElements(root) {
  const out = [];
  const visit = (element) => {
    out.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return out;
}
