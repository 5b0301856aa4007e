export function renderReport(root, data) {}
