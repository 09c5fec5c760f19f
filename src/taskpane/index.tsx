import "./configureZod";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { browserEnvironment } from "./platform/PaneEnvironment";

const container = document.getElementById("root");
if (container !== null) createRoot(container).render(<App environment={browserEnvironment()} />);
