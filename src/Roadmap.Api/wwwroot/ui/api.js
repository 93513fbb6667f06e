// The one way the UI reaches the server: POST /graphql with the session's API key (X-Api-Key), nothing else.
const KEY = 'roadmap.apiKey';

export const apiKey = {
  get: () => sessionStorage.getItem(KEY) || '',
  set: value => value ? sessionStorage.setItem(KEY, value) : sessionStorage.removeItem(KEY),
};

/** A GraphQL answer with errors: the messages, the first error's extensions.code, and whatever data came back. */
export class ApiError extends Error {
  constructor(errors, data = null, status = 200) {
    super(errors.map(e => e.message).join(' · ') || `The server answered ${status}.`);
    this.errors = errors;
    this.data = data;
    this.status = status;
    this.code = errors.find(e => e.extensions?.code)?.extensions.code ?? null;
    this.extensions = errors[0]?.extensions ?? {};
  }
}

export async function gql(query, variables = {}, { signal } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const key = apiKey.get();
  if (key) headers['X-Api-Key'] = key;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError([{ message: `The server cannot be reached (${error.message}).` }], null, 0);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError([{ message: `The server answered ${response.status} ${response.statusText} without a GraphQL body.` }], null, response.status);
  }
  if (body.errors?.length) throw new ApiError(body.errors, body.data ?? null, response.status);
  return body.data;
}

/** Who the key belongs to: { authenticated, name, keyId, role }. */
export const viewer = () => gql('{ viewer { authenticated name keyId role } }').then(d => d.viewer);

/** True when the page's session may edit (an editor or admin key): pages offer editor forms only then. */
export const isEditor = ctx => ['EDITOR', 'ADMIN'].includes(ctx.session.viewer?.role);
