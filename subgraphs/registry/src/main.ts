import { runSubgraphMain } from '@imajin/subgraph-common';

import { loadRegistryConfig, start } from './index';

runSubgraphMain('registry', () => loadRegistryConfig(), start);
