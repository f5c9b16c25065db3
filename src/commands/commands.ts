/*
 * Ribbon commands of the "Frühe Hilfen" tab. They run in the shared runtime next to the pane and
 * call the same controller, so a button does exactly what the pane's button does.
 */
import { appReady } from '../taskpane/app';
import { PaneController } from '../taskpane/controller';

type Action = (controller: PaneController) => Promise<unknown>;

/** Shows the pane (where the result and any error sentence appear), runs the action, then tells Office it is done. */
function command(action: Action): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      await Office.addin.showAsTaskpane();
      await action(await appReady);
    } finally {
      event.completed();
    }
  };
}

/** Action ids as the manifest's <FunctionName> elements name them. */
export const COMMANDS: Readonly<Record<string, Action>> = {
  fhAudit: (c) => c.audit(),
  fhReport: (c) => c.writeReport(),
  fhChart: (c) => c.budgetChart(),
  fhTemplate: (c) => c.insertTemplate(),
};

if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return;
    for (const [id, action] of Object.entries(COMMANDS)) Office.actions.associate(id, command(action));
    // Opened from Excel's add-in menu rather than a button: audit once the pane is shown.
    void Office.addin.onVisibilityModeChanged(async (args) => {
      if (args.visibilityMode !== Office.VisibilityMode.taskpane) return;
      const controller = await appReady;
      if (!controller.current.result) await controller.audit();
    });
  });
}
