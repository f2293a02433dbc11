import { runSubgraphMain } from '@imajin/subgraph-common';

import { loadChatConfig, start } from './index';

runSubgraphMain('chat', () => loadChatConfig(), start);
