import CallSimStore
import Testing

@Suite("The default database path")
struct DefaultPathTests {
    @Test("CALLSIM_DB wins over everything")
    func callsimDB() {
        // Given every variable set
        let environment = ["CALLSIM_DB": "/data/team.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/sam"]

        // When the default path is chosen
        // Then it is CALLSIM_DB
        #expect(CallStore.defaultPath(environment: environment) == "/data/team.sqlite")
    }

    @Test("XDG_DATA_HOME comes next, when absolute")
    func xdgDataHome() {
        // Given XDG_DATA_HOME and HOME
        // When the default path is chosen
        // Then it lies under XDG_DATA_HOME, unless that is relative
        #expect(CallStore.defaultPath(environment: ["XDG_DATA_HOME": "/xdg/", "HOME": "/home/sam"])
            == "/xdg/callsim/callsim.sqlite")
        #expect(CallStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/sam"])
            == "/home/sam/.local/share/callsim/callsim.sqlite")
    }

    @Test("HOME is the last resort")
    func home() {
        // Given only HOME, and an empty CALLSIM_DB
        let environment = ["CALLSIM_DB": "", "HOME": "/home/sam"]

        // When the default path is chosen
        // Then it is under ~/.local/share
        #expect(CallStore.defaultPath(environment: environment) == "/home/sam/.local/share/callsim/callsim.sqlite")
    }
}
