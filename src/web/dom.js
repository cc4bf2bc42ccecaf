/**
 * Tiny DOM helper: h("p", {class: "x"}, "text", child). Text is always set as text, never as HTML,
 * so resume and job content cannot inject markup.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (name === "style" && typeof value === "object") {
      for (const [property, setting] of Object.entries(value)) element.style.setProperty(property, setting);
    } else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Replace the children of `element`. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** "0.8123" → "81%". */
export function percent(value) {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}
