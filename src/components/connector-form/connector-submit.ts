import type { ApiAdapter, RequestOptions } from '../../api/adapter.js';
import type { FieldValues } from '../../api/connector-values.js';
import { isAbortError, toPlugboardError, type PlugboardError } from '../../api/errors.js';
import type { Connector } from '../../api/schemas.js';

/** The call of a submission that failed. */
export type SubmitStage = 'save' | 'authorize' | 'activate';

export interface ConnectorSubmission {
  typeId: string;
  /** The host-developed app the connector configures. */
  appId?: string;
  /** The connector saved so far; without one, the submission creates it. */
  connectorId?: string;
  /** Sent when creating, and when it changed. */
  name?: string;
  values: FieldValues;
  /** `always` tests the credentials again; `when-needed` only when the save left the connector a draft. */
  authorize: 'always' | 'when-needed';
  /** Activates a connector the service accepted and that is not active yet (an inactive one stays so). */
  activate: boolean;
}

export interface SubmitOutcome {
  /** The connector as the last call that succeeded left it (none when creating failed). */
  connector: Connector | undefined;
  created: boolean;
  authorized: boolean;
  failure?: { stage: SubmitStage; error: PlugboardError };
}

/**
 * Saves a connector form: create or update, then authorize, then activate, each only when
 * the one before succeeded. A failure is returned with its stage and what was stored before
 * it, so the form keeps the connector it already created and a retry updates it instead of
 * creating a second one.
 */
export async function submitConnector(
  api: ApiAdapter,
  submission: ConnectorSubmission,
  options: RequestOptions,
): Promise<SubmitOutcome> {
  let connector: Connector | undefined;
  let created = false;
  let authorized = false;
  let stage: SubmitStage = 'save';
  try {
    const { connectorId, name, values } = submission;
    if (connectorId) {
      connector = await api.updateConnector(connectorId, name === undefined ? { values } : { name, values }, options);
    } else {
      const input = { typeId: submission.typeId, name: name ?? '', values };
      const answer = await api.createConnector(submission.appId ? { ...input, appId: submission.appId } : input, options);
      connector = answer.connector;
      created = true;
    }
    if (submission.authorize === 'always' || connector.status === 'draft') {
      stage = 'authorize';
      connector = await api.authorizeConnector(connector.id, options);
      authorized = true;
    }
    if (submission.activate && connector.status === 'authorized') {
      stage = 'activate';
      connector = await api.activateConnector(connector.id, options);
    }
    return { connector, created, authorized };
  } catch (error) {
    if (isAbortError(error)) throw error;
    return { connector, created, authorized, failure: { stage, error: toPlugboardError(error) } };
  }
}
