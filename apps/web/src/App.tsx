export function App() {
  return <h1>产教</h1>;
}
