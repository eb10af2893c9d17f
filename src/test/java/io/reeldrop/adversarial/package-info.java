/**
 * The adversarial suite of issue 11: attacks on the promise that nothing submitted is lost, sent
 * twice or stuck, made against the real engine over real loopback, with real child processes
 * killed by SIGKILL where it matters. Each class owns one attack and states its budget: kill
 * storms of the command line under injected sandbox faults, torn history files at every byte and
 * every write step, and a sweep for the API key in everything the program leaves behind.
 * Randomised classes print their seed, and failures repeat it, so a failing run can be replayed.
 */
package io.reeldrop.adversarial;
