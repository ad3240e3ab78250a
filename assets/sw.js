// Service worker of the provincial target planner: the whole build is precached at install,
// under a cache named for the build, so the app opens and works with no network.
// The two placeholders are filled in by scripts/post-build.mjs for each build.
const BUILD = '__BUILD__';
const PRECACHE = __PRECACHE__;
// Caches are shared by every app of the origin: name them for this deployment's scope too.
const PREFIX = `planner:${self.registration.scope}:`;
const CACHE = `${PREFIX}${BUILD}`;

self.addEventListener('install', (event) => {
  // Every file or none: a half-cached build is never used.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page asks the waiting worker to take over when the user accepts the new version.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Any address of the app (a shared link with its query or fragment) gets the cached page.
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match('./')) ?? (await cache.match('index.html')) ?? fetch(request);
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
  })());
});
