import type { FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../modules/identity/session-token.js';

/** The session token of a request: the Bearer header's, else the web apps' cookie. */
export function sessionTokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}
