/** Calls to the skillgraph API: JSON in, JSON out, errors as ApiError {status, code, message}. */

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const KEY_STORAGE = "skillgraph-api-key";

function headersWithKey(headers = {}) {
  const key = sessionStorage.getItem(KEY_STORAGE);
  return key ? { ...headers, authorization: `Bearer ${key}` } : headers;
}

/** Call `path`; `json` sends a JSON body, `form` a FormData. Asks once for an API key on 401. */
export async function callApi(path, { method = "GET", json, form } = {}, retried = false) {
  const init = { method, headers: headersWithKey() };
  if (json !== undefined) {
    init.headers = headersWithKey({ "content-type": "application/json" });
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "NETWORK", "The service cannot be reached. Is `npm start` still running?");
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 401 && !retried) {
    const key = window.prompt("This service needs an API key. Enter it (kept for this tab only):");
    if (key) {
      sessionStorage.setItem(KEY_STORAGE, key.trim());
      return callApi(path, { method, json, form }, true);
    }
  }
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ApiError(
      response.status,
      error.code ?? "HTTP_ERROR",
      error.message ?? `HTTP ${response.status}`,
    );
  }
  return body;
}

/** Parse a document from a file input's file or from pasted text. */
export function parseDocument(kind, { file, text }) {
  if (file) {
    const form = new FormData();
    form.append("file", file, file.name);
    return callApi(`/api/parse/${kind}`, { method: "POST", form });
  }
  return callApi(`/api/parse/${kind}`, { method: "POST", json: { text } });
}

/** A readable message for an error, with the code for support. */
export function describeError(error) {
  if (error instanceof ApiError) return `${error.message} (${error.code})`;
  return String(error?.message ?? error);
}
