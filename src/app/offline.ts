import { createStore } from 'zustand/vanilla';

/**
 * 'ready': everything is saved on this device and lessons work with the network off.
 * 'unavailable': this address cannot keep an offline copy (e.g. the classroom's self-signed https);
 * lessons still load from the teacher's laptop each time.
 */
export const offlineStore = createStore<{ state: 'checking' | 'ready' | 'unavailable' }>(() => ({ state: 'checking' }));

export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) {
    offlineStore.setState({ state: 'unavailable' });
    return;
  }
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then(() => navigator.serviceWorker.ready)
    .then(() => offlineStore.setState({ state: 'ready' }))
    .catch(() => offlineStore.setState({ state: 'unavailable' }));
}
