// The wall screen runs unattended for days: it shows its connection state, and it never waits for a person to press
// "retry". While the server is out of reach it keeps trying; once the server is back without the old circuit (a restart)
// it reloads the page, and the device's long-lived sign-in brings it straight back to /wall.
const indicator = () => document.getElementById("wall-connection");
let retryTimer = null;

// The texts come from the page (data-text-*), in the reader's language.
function show(state) {
    const element = indicator();
    if (!element) return;
    element.dataset.state = state;
    element.textContent = element.dataset["text" + state[0].toUpperCase() + state.slice(1)] ?? state;
}

async function retry() {
    try {
        if (await Blazor.reconnect()) return stopRetrying();
        // Reached the server, but it no longer knows this circuit.
        if (!(await Blazor.resumeCircuit())) location.reload();
        else stopRetrying();
    } catch {
        // Still unreachable: the timer tries again.
    }
}

function stopRetrying() {
    if (retryTimer !== null) clearInterval(retryTimer);
    retryTimer = null;
    show("connected");
}

function onStateChanged(event) {
    switch (event.detail.state) {
        case "show":
        case "retrying":
            show("reconnecting");
            break;
        case "hide":
            stopRetrying();
            break;
        case "failed":
        case "paused":
            show("disconnected");
            if (retryTimer === null) retryTimer = setInterval(retry, 5000);
            break;
        case "rejected":
        case "resume-failed":
            location.reload();
            break;
    }
}

const modal = document.getElementById("components-reconnect-modal");
modal?.addEventListener("components-reconnect-state-changed", onStateChanged);
document.body.classList.add("wall-mode");

export function dispose() {
    modal?.removeEventListener("components-reconnect-state-changed", onStateChanged);
    if (retryTimer !== null) clearInterval(retryTimer);
    document.body.classList.remove("wall-mode");
}
