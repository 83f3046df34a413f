/**
 * The page could not fetch its UI strings (the laptop's server stopped between the page and its
 * strings, with no offline copy yet): a sentence in both languages, as plain text, and a way on.
 */
export function startFailed(root: HTMLElement): void {
  const main = document.createElement('main');
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = '앱을 다 불러오지 못했어요. 네트워크를 확인하고 다시 불러오세요. / The app did not finish loading. Check the network and reload.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '다시 불러오기 / Reload';
  button.addEventListener('click', () => location.reload());
  main.append(p, button);
  root.replaceChildren(main);
}
