import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders, STRICT_CSP } from '../../../../server/api/middleware/security-headers.ts';
import { testApp } from '../helpers/app.ts';

describe('security headers', () => {
  it('every API response has nosniff and no-referrer, and is open to any origin', async () => {
    const res = await testApp().get('/api/v1/categories', { headers: { origin: 'https://partner.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers CORS preflights from any origin', async () => {
    const res = await testApp().get('/api/v1/ask', {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it("HTML without a policy of its own gets the strict CSP; a page's own policy is kept", async () => {
    const app = new Hono();
    app.use(securityHeaders());
    app.get('/plain', (c) => c.html('<p>hi</p>'));
    app.get('/own', (c) => {
      c.header('Content-Security-Policy', "default-src 'self'");
      return c.html('<p>hi</p>');
    });
    app.get('/json', (c) => c.json({}));
    expect((await app.request('/plain')).headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect((await app.request('/own')).headers.get('content-security-policy')).toBe("default-src 'self'");
    expect((await app.request('/json')).headers.get('content-security-policy')).toBeNull();
  });
});
