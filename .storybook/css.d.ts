// SPDX-License-Identifier: EUPL-1.2
// The preview reads dark-scheme.css as text (`?raw`) and adds it as the stylesheet host pages get.
declare module '*.css?raw' {
  const css: string;
  export default css;
}
