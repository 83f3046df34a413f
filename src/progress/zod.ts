import { z } from 'zod';

// The app runs under a Content-Security-Policy without 'unsafe-eval': zod must not compile parsers
// from strings at run time (and must not even probe for that, which the browser reports as a violation).
z.config({ jitless: true });

export { z };
