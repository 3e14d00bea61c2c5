// A scriptable endpoint for delivery tests; filled in by the delivery work (issue 5).
export async function testEndpoint(ctx, next) {
  return next();
}
