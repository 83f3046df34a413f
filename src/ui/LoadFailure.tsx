import { Component, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react.ts';

function Message({ offline }: { offline: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="load-failure">
      <p>{offline ? t('errors.offlineNotCached') : t('errors.loadFailed')}</p>
      {/* A screen whose chunk failed stays failed inside React.lazy: only a fresh page fetches it again. */}
      <button type="button" className="primary" onClick={() => location.reload()}>{t('errors.retry')}</button>
    </div>
  );
}

/**
 * A part of the app that could not be loaded (offline before it was ever saved on this device, or the
 * classroom server stopped): a sentence and a way forward, instead of a blank page. Moving to another
 * route (a link, the Back button) clears it, so one screen's failure does not hide the others.
 *
 * The reset waits for the parent's render of the new route (componentDidUpdate), not for `hashchange`:
 * a listener here runs before App's own, and React renders between the two, so the old route's failed
 * screen would be tried again and fail again.
 */
export class LoadFailure extends Component<{ children: ReactNode }, { failedAt: string | null }> {
  override state: { failedAt: string | null } = { failedAt: null };
  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: location.hash };
  }
  override componentDidUpdate() {
    if (this.state.failedAt !== null && this.state.failedAt !== location.hash) this.setState({ failedAt: null });
  }
  override render() {
    return this.state.failedAt !== null ? <Message offline={!navigator.onLine} /> : this.props.children;
  }
}
