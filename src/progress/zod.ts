import { z } from 'zod';

// The app runs under a Content-Security-Policy without 'unsafe-eval': zod must not compile parsers
// with new Function() (and must not even probe for it, which the browser reports as a violation).
z.config({ jitless: true });

export { z };
