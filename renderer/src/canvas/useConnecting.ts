/**
 * Drawing links: React Flow asks whether a drop is allowed (the catalogue
 * answers), a refused drop says why, and when more than one link type fits
 * the user picks one.
 */
import type { Connection, Edge, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { useCallback } from 'react';
import { connectionOptions, type ConnectionOption } from '@shared/csdm/queries/connectionOptions';
import { connect } from '@shared/model/connect';
import { newId } from '@shared/model/ids';
import { CATALOGUE } from '@shared/csdm';
import { useEditor, type Editor } from '../editor/EditorContext';
import { connectContext } from './connectContext';

export function createLink(editor: Editor, option: ConnectionOption): void {
  const refusal = editor.document
    .getState()
    .apply((doc) => connect(doc, CATALOGUE, { id: newId(), from: option.from, to: option.to, type: option.rule.type }));
  const session = editor.session.getState();
  if (refusal) session.notify('refusal', refusal);
  session.setPendingConnection(null);
}

export function useConnecting() {
  const editor = useEditor();
  const optionsFor = useCallback(
    (source: string, target: string) => connectionOptions(connectContext(editor.document.getState().doc), source, target),
    [editor],
  );

  const isValidConnection: IsValidConnection<Edge> = useCallback(
    (connection) => optionsFor(connection.source, connection.target).ok,
    [optionsFor],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const result = optionsFor(connection.source, connection.target);
      if (!result.ok) return editor.session.getState().notify('refusal', result.reason);
      const [only] = result.options;
      if (result.options.length === 1 && only) createLink(editor, only);
      else editor.session.getState().setPendingConnection({ options: result.options });
    },
    [editor, optionsFor],
  );

  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      // A drop on a node the catalogue refused: say why instead of silently doing nothing.
      if (state.isValid || !state.fromNode || !state.toNode || state.fromNode.id === state.toNode.id) return;
      const result = optionsFor(state.fromNode.id, state.toNode.id);
      if (!result.ok) editor.session.getState().notify('refusal', result.reason);
    },
    [editor, optionsFor],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
