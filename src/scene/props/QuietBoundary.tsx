import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the console (a file path). */
  what: string;
  fallback?: ReactNode;
  children: ReactNode;
}

/**
 * A missing or broken asset (a glTF, a picture) hides only itself: the lesson goes on. The lesson
 * checker reports missing files to authors; here a warning is enough.
 */
export class QuietBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    console.warn(`ClimateXR: could not show ${this.props.what}:`, error instanceof Error ? error.message : error);
  }
  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
