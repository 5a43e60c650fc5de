// Forbidden: the command line uses a React hook.
export { useState } from 'react';
