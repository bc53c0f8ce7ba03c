import { render } from 'preact';
import { PopupApp } from '../../src/popup/App.tsx';
import { browserPopupApi } from '../../src/popup/browser-api.ts';
import '../../src/popup/popup.css';

render(<PopupApp api={browserPopupApi(window.location)} />, document.getElementById('app')!);
