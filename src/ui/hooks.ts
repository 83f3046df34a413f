import { useStore } from 'zustand';
import { appStore, type AppState } from '../app/store.ts';

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
