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
  /** Sent as the connector's description (a registry connector's "short description"). */
  description?: string;
  values: FieldValues;
  /** `always` tests the credentials again; `when-needed` only when the save left the connector a draft. */
  authorize: 'always' | 'when-needed';
  /** Activates a connector the service accepted and that is not active yet (an inactive one stays so). */
  activate: boolean;
  /**
   * Set when an earlier create's answer was lost (the request may have been stored): the
   * time it was sent. The connector it may have made is looked for before creating another.
   */
  lostCreateSince?: number;
}

export interface SubmitOutcome {
  /** The connector as the last call that succeeded left it (none when creating failed). */
  connector: Connector | undefined;
  created: boolean;
  /**
   * A registry connector's secret, which the create answered with once; null when this
   * submission did not create one or the create's answer was lost.
   */
  clientSecret: string | null;
  authorized: boolean;
  failure?: { stage: SubmitStage; error: PlugboardError };
  /** A create's answer was lost and it is not known yet whether it was stored: pass it to the next submission. */
  lostCreateSince?: number;
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
  let clientSecret: string | null = null;
  let authorized = false;
  let stage: SubmitStage = 'save';
  let lostSince = submission.lostCreateSince;
  try {
    const { connectorId, name, description, values } = submission;
    const startedAt = Date.now();
    const lost = connectorId || lostSince === undefined ? undefined : await findCreated(api, submission, lostSince, options);
    lostSince = undefined;
    if (connectorId || lost) {
      const id = connectorId ?? lost?.id ?? '';
      const patch = { values, ...(name === undefined ? {} : { name }), ...(description === undefined ? {} : { description }) };
      connector = await api.updateConnector(id, patch, options);
      created = lost !== undefined;
    } else {
      const input = {
        typeId: submission.typeId,
        name: name ?? '',
        values,
        ...(description === undefined ? {} : { description }),
        ...(submission.appId ? { appId: submission.appId } : {}),
      };
      try {
        ({ connector, clientSecret } = await api.createConnector(input, options));
      } catch (error) {
        if (!answerWasLost(error)) throw error;
        // The request may have been stored though its answer never arrived: look before saying it failed.
        lostSince = startedAt;
        connector = await findCreated(api, submission, startedAt, options);
        lostSince = undefined;
        if (!connector) throw error;
      }
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
    return { connector, created, clientSecret, authorized };
  } catch (error) {
    if (isAbortError(error)) throw error;
    const outcome: SubmitOutcome = { connector, created, clientSecret, authorized, failure: { stage, error: toPlugboardError(error) } };
    return lostSince === undefined ? outcome : { ...outcome, lostCreateSince: lostSince };
  }
}

/** Lets a connector's clock differ from the browser's this much when telling new from old. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Failures after which a create may have been stored: its answer, not its request, was lost. */
function answerWasLost(error: unknown): boolean {
  const code = toPlugboardError(error).code;
  return code === 'invalid-response' || code === 'network' || code === 'timeout' || code === 'server';
}

/**
 * The connector a create whose answer was lost made, if it did: the admin's own, of the
 * type, named as sent, created since then. Names are unique per type, so an older one of
 * that name would have refused the create.
 */
async function findCreated(
  api: ApiAdapter,
  submission: ConnectorSubmission,
  since: number,
  options: RequestOptions,
): Promise<Connector | undefined> {
  const wanted = (submission.name ?? '').trim().toLocaleLowerCase();
  const mine = await api.listConnectors({ owner: 'me', typeId: submission.typeId }, options);
  return mine.find(
    (connector) =>
      connector.name.trim().toLocaleLowerCase() === wanted && Date.parse(connector.createdAt) >= since - CLOCK_SKEW_MS,
  );
}
