import { PaneController } from './controller';

/**
 * The one pane controller of the shared runtime. The ribbon commands (a separate bundle on the
 * same page, sharing webpack's runtime and so this module) wait for it here.
 */
let resolveApp: (controller: PaneController) => void = () => undefined;
export const appReady: Promise<PaneController> = new Promise((resolve) => {
  resolveApp = resolve;
});

export function provideApp(controller: PaneController): void {
  resolveApp(controller);
}
