/**
 * @jest-environment node
 */
import { quietOfficeTelemetry } from "../../src/taskpane/platform/quietOfficeTelemetry";

describe("quietOfficeTelemetry", () => {
  it("switches off Office.js's legacy logger so it does not frame Microsoft's telemetry page", () => {
    const framed: string[] = [];
    const scope = {
      OSF: {
        Logger: {
          ulsEndpoint: {
            loadProxyFrame: () => framed.push("telemetryproxy.html"),
            writeLog: (log: string) => framed.push(log),
          },
        },
      },
    };
    const endpoint = scope.OSF.Logger.ulsEndpoint;
    quietOfficeTelemetry(scope);
    endpoint.loadProxyFrame();
    endpoint.writeLog("x");
    expect(framed).toEqual([]);
  });

  it("does nothing where there is no such logger", () => {
    expect(() => quietOfficeTelemetry({})).not.toThrow();
    expect(() => quietOfficeTelemetry({ OSF: { Logger: { ulsEndpoint: null } } })).not.toThrow();
    expect(() => quietOfficeTelemetry(undefined)).not.toThrow();
  });
});
