/** bottleneck/light.js (what @octokit/plugin-throttling uses) is bottleneck without its Redis clustering, same API. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
