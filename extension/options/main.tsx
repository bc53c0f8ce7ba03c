import { render } from 'preact';

function Options() {
  return <main><h1>Says Who options</h1></main>;
}

render(<Options />, document.getElementById('app')!);
