import { Doorsturen } from './_paginas/Doorsturen';

/** `/`: sends people to setup, their dashboard or the login. */
export default function Page() {
  return <Doorsturen />;
}
