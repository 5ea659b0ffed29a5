/** The JSON Schema (draft 2020-12) of the workspace file, as committed in docs/workspace.schema.json. */
import { z } from 'zod';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, workspaceSchema } from './workspace';

export function workspaceJsonSchema(): Record<string, unknown> {
  return {
    // 'input': what a file must hold (series, templates and snippets may be absent; they default to none).
    ...z.toJSONSchema(workspaceSchema, { io: 'input' }),
    $id: `https://civic-desk.example.org/schemas/${WORKSPACE_FORMAT}-v${WORKSPACE_VERSION}.schema.json`,
    title: `Civic Desk workspace file, version ${WORKSPACE_VERSION}`,
    description:
      'Settings, profiles (public keys only), campaigns, series, templates, snippets, posts with their workflow, ' +
      'media metadata (in backups also the bytes), consents, comments and the audit trail of one Civic Desk workspace. ' +
      'Generated from shared/exchange/workspace.ts by bin/make-workspace-schema.mjs; see docs/workspace.md.',
  };
}
