import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Message({ offline }: { offline: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="load-failure">
      <p>{offline ? t('errors.offlineNotCached') : t('errors.loadFailed')}</p>
      <button type="button" className="primary" onClick={() => location.reload()}>{t('errors.retry')}</button>
    </div>
  );
}

/**
 * A part of the app that could not be loaded (offline before it was ever saved on this device, or the
 * classroom server stopped): a sentence and a way forward, instead of a blank page.
 */
export class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <Message offline={!navigator.onLine} /> : this.props.children;
  }
}
