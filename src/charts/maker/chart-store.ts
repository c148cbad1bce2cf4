/**
 * Where charts are kept: the shared document store (kind "chart"). The page
 * talks to this small interface, so tests can pass a store over a fake
 * Storage and the page never touches localStorage itself.
 */
export {};
